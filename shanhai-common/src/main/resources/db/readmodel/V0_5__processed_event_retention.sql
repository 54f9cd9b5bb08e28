-- processed_event by topic and time: whether a topic has anything applied (ReadModelRebuild, at each
-- partition assignment) and which rows the daily retention may delete (ProcessedEventRetention).
CREATE INDEX processed_event_topic_time_idx ON processed_event (topic, processed_at);
