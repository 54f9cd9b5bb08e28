// What a front-end developer writes against the three services, typed only by the documents in
// docs/api (openapi-typescript) and called with openapi-fetch. ./dev test compiles it with tsc, so a
// renamed path, field or enum value fails the build as it would fail the front-end team; then
// system-tests/run.sh runs it against the packaged services: every list, read and create operation.
import createClient from "openapi-fetch";
import type { paths as ProgrammePaths } from "./generated/programme-service";
import type { paths as TrainingPaths } from "./generated/training-service";
import type { paths as MetricsPaths } from "./generated/metrics-service";

declare const process: { env: Record<string, string | undefined>; exitCode: number };
declare function require(name: string): any;

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const headers = { Authorization: `Bearer ${env("SHANHAI_TOKEN")}` };
const programme = createClient<ProgrammePaths>({ baseUrl: env("PROGRAMME_URL"), headers });
const training = createClient<TrainingPaths>({ baseUrl: env("TRAINING_URL"), headers });
const metrics = createClient<MetricsPaths>({ baseUrl: env("METRICS_URL"), headers });

// Every answer is written down (service, method, path template, status, body), so that
// responses-check.js can hold each against the schema its document gives: the types above are only
// as true as the documents they come from.
const fs = require("fs");
const answers = env("ANSWERS_FILE");
fs.writeFileSync(answers, "");
for (const [service, client] of [["programme-service", programme], ["training-service", training], ["metrics-service", metrics]] as const) {
  (client as typeof programme).use({
    async onResponse({ schemaPath, request, response }) {
      const body = response.headers.get("content-type")?.includes("json") ? await response.clone().json() : null;
      fs.appendFileSync(answers, JSON.stringify({ service, method: request.method.toLowerCase(), path: schemaPath,
        status: response.status, body }) + "\n");
      return undefined;
    },
  });
}

type Result<T> = { data?: T; error?: unknown; response: Response };
let calls = 0;

/** The call's data; anything but the expected status stops the run with what the service said. */
function expect<T>(what: string, status: number, result: Result<T>): T {
  calls++;
  if (result.response.status !== status || result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} (expected ${status}) ${JSON.stringify(result.error)}`);
  }
  return result.data;
}
function id(what: string, value: { id?: string }): string {
  if (!value.id) throw new Error(`${what} has no id`);
  return value.id;
}
/** Retries a create the consumer cannot take yet (422: the programme's events have not reached it). */
async function once<T>(what: string, call: () => Promise<Result<T>>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const result = await call();
    if (result.response.status !== 422 || attempt >= 60) return expect(what, 201, result);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const run = Math.floor(Math.random() * 1e9).toString(36).toUpperCase();

async function programmeService() {
  const lead = expect("registerInstitution", 201, await programme.POST("/api/v1/institutions", {
    body: { name: `类型检查三甲医院-${run}`, divisionCode: "310110", kind: "TERTIARY_HOSPITAL", grade: "GRADE_3A" },
  }));
  const county = expect("registerInstitution", 201, await programme.POST("/api/v1/institutions", {
    body: { name: `类型检查县医院-${run}`, nameEn: "Client check county hospital", divisionCode: "530623", kind: "COUNTY_HOSPITAL" },
  }));
  const leadId = id("institution", lead), countyId = id("institution", county);
  expect("getInstitution", 200, await programme.GET("/api/v1/institutions/{id}", { params: { path: { id: countyId } } }));
  const institutions = expect("listInstitutions", 200, await programme.GET("/api/v1/institutions", {
    params: { query: { divisionCode: "530623", kind: "COUNTY_HOSPITAL", sort: "-createdAt", size: 5 } },
  }));
  if (!institutions.items?.some((i) => i.id === countyId)) throw new Error("the new county hospital is not listed");

  const expert = expect("registerExpert", 201, await programme.POST("/api/v1/experts", {
    body: { name: "彭瀚", homeInstitutionId: leadId, department: "04.02", title: "ASSOCIATE_CHIEF_PHYSICIAN", degree: "DOCTORATE" },
  }));
  const expertId = id("expert", expert);
  expect("getExpert", 200, await programme.GET("/api/v1/experts/{id}", { params: { path: { id: expertId } } }));
  expect("listExperts", 200, await programme.GET("/api/v1/experts", { params: { query: { homeInstitutionId: leadId } } }));

  const created = expect("registerProgramme", 201, await programme.POST("/api/v1/programmes", {
    body: {
      code: `TS-CHECK-${run}`, name: `类型检查帮扶项目-${run}`, scheme: "GROUP_ASSISTANCE", leadInstitutionId: leadId,
      recipients: [{ institutionId: countyId, primary: true }], startDate: "2023-01-01", focusDepartments: ["04.02"],
    },
  }));
  const programmeId = id("programme", created);
  const path = { programmeId };
  expect("getProgramme", 200, await programme.GET("/api/v1/programmes/{id}", { params: { path: { id: programmeId } } }));
  // a programme takes records once it is active
  expect("changeProgrammeStatus", 200, await programme.POST("/api/v1/programmes/{id}/status", {
    params: { path: { id: programmeId } }, body: { status: "ACTIVE", reason: "帮扶协议已签署" },
  }));
  expect("listProgrammes", 200, await programme.GET("/api/v1/programmes", { params: { query: { scheme: "GROUP_ASSISTANCE", status: "ACTIVE" } } }));
  expect("listInstitutionProgrammes", 200, await programme.GET("/api/v1/institutions/{institutionId}/programmes", {
    params: { path: { institutionId: countyId } },
  }));

  const batch = expect("createBatch", 201, await programme.POST("/api/v1/programmes/{programmeId}/batches", {
    params: { path }, body: { sequence: 1, startDate: "2023-01-01", endDate: "2023-12-31" },
  }));
  const batchId = id("batch", batch);
  expect("getBatch", 200, await programme.GET("/api/v1/programmes/{programmeId}/batches/{batchId}", { params: { path: { programmeId, batchId } } }));
  expect("listBatches", 200, await programme.GET("/api/v1/programmes/{programmeId}/batches", { params: { path } }));

  const assignment = expect("startAssignment", 201, await programme.POST("/api/v1/programmes/{programmeId}/assignments", {
    params: { path },
    body: { batchId, expertId, institutionId: countyId, roles: ["TEAM_LEADER"], department: "04.02", startDate: "2023-01-01", endDate: "2023-06-30" },
  }));
  expect("getAssignment", 200, await programme.GET("/api/v1/programmes/{programmeId}/assignments/{assignmentId}", {
    params: { path: { programmeId, assignmentId: id("assignment", assignment) } },
  }));
  expect("listAssignments", 200, await programme.GET("/api/v1/programmes/{programmeId}/assignments", { params: { path, query: { on: "2023-03-01" } } }));

  const workstation = expect("establishWorkstation", 201, await programme.POST("/api/v1/programmes/{programmeId}/workstations", {
    params: { path },
    body: { name: "神经外科专家工作站", kind: "EXPERT", institutionId: countyId, department: "04.02", leadExpertId: expertId, establishedDate: "2023-03-01" },
  }));
  expect("getWorkstation", 200, await programme.GET("/api/v1/programmes/{programmeId}/workstations/{id}", {
    params: { path: { programmeId, id: id("workstation", workstation) } },
  }));
  expect("listWorkstations", 200, await programme.GET("/api/v1/programmes/{programmeId}/workstations", { params: { path } }));

  const input = expect("recordResourceInput", 201, await programme.POST("/api/v1/programmes/{programmeId}/resource-inputs", {
    params: { path },
    body: { kind: "FUNDS", amount: 100000, source: "上海市对口支援资金", date: "2023-12-01", institutionId: countyId, description: "设备购置" },
  }));
  expect("getResourceInput", 200, await programme.GET("/api/v1/programmes/{programmeId}/resource-inputs/{id}", {
    params: { path: { programmeId, id: id("resource input", input) } },
  }));
  expect("listResourceInputs", 200, await programme.GET("/api/v1/programmes/{programmeId}/resource-inputs", { params: { path } }));
  return { leadId, countyId, expertId, programmeId };
}

async function trainingService(ids: { leadId: string; countyId: string; expertId: string; programmeId: string }) {
  const { leadId, countyId, expertId, programmeId } = ids;
  const staff = await once("registerStaff", () => training.POST("/api/v1/staff", {
    body: { name: "李红", institutionId: countyId, department: "04.02", title: "住院医师" },
  }));
  const staffId = id("staff", staff);
  expect("getStaff", 200, await training.GET("/api/v1/staff/{id}", { params: { path: { id: staffId } } }));
  expect("listStaff", 200, await training.GET("/api/v1/staff", { params: { query: { institutionId: countyId } } }));
  expect("getInstitution", 200, await training.GET("/api/v1/institutions/{id}", { params: { path: { id: countyId } } }));
  expect("listInstitutions", 200, await training.GET("/api/v1/institutions", {}));

  const activity = await once("recordTrainingActivity", () => training.POST("/api/v1/training-activities", {
    body: {
      programmeId, institutionId: countyId, type: "TEACHING_ROUND", date: "2023-03-12", department: "04.02",
      leadExpertId: expertId, topic: "急性胸痛的规范化诊治", attendeeCount: 25, hours: 1.5,
    },
  }));
  expect("getTrainingActivity", 200, await training.GET("/api/v1/training-activities/{id}", { params: { path: { id: id("activity", activity) } } }));
  expect("listTrainingActivities", 200, await training.GET("/api/v1/training-activities", { params: { query: { programmeId } } }));

  const mentorship = await once("startMentorship", () => training.POST("/api/v1/mentorships", {
    body: { programmeId, mentorExpertId: expertId, apprenticeId: staffId, department: "04.02", startDate: "2023-03-01", techniques: ["冠状动脉造影"] },
  }));
  expect("getMentorship", 200, await training.GET("/api/v1/mentorships/{id}", { params: { path: { id: id("mentorship", mentorship) } } }));
  expect("listMentorships", 200, await training.GET("/api/v1/mentorships", { params: { query: { programmeId } } }));

  const secondment = await once("startSecondment", () => training.POST("/api/v1/secondments", {
    body: { programmeId, staffId, hostInstitutionId: leadId, type: "FURTHER_STUDY", department: "04.02", startDate: "2023-09-01", endDate: "2024-02-29" },
  }));
  expect("getSecondment", 200, await training.GET("/api/v1/secondments/{id}", { params: { path: { id: id("secondment", secondment) } } }));
  expect("listSecondments", 200, await training.GET("/api/v1/secondments", { params: { query: { programmeId } } }));

  const exam = await once("recordExamResult", () => training.POST("/api/v1/exam-results", {
    body: { institutionId: countyId, year: 2023, examType: "PRACTISING_PHYSICIAN", candidates: 50, passed: 31 },
  }));
  expect("getExamResult", 200, await training.GET("/api/v1/exam-results/{id}", { params: { path: { id: id("exam result", exam) } } }));
  expect("listExamResults", 200, await training.GET("/api/v1/exam-results", { params: { query: { institutionId: countyId } } }));

  const total = await once("reportTrainingTotal", () => training.POST("/api/v1/programmes/{id}/reported-totals", {
    params: { path: { id: programmeId } },
    body: { type: "TEACHING_ROUND", to: "2023-12-31", count: 150, source: { report: "类型检查报告", date: "2024-01-05", quote: "教学查房150余次" } },
  }));
  expect("getReportedTotal", 200, await training.GET("/api/v1/programmes/{id}/reported-totals/{totalId}", {
    params: { path: { id: programmeId, totalId: id("reported total", total) } },
  }));
  expect("listReportedTotals", 200, await training.GET("/api/v1/programmes/{id}/reported-totals", { params: { path: { id: programmeId } } }));
}

async function metricsService(ids: { countyId: string; programmeId: string }) {
  const { countyId, programmeId } = ids;
  const code = `TS_CHECK_${run}`;
  expect("defineIndicator", 201, await metrics.POST("/api/v1/indicators", {
    body: { code, nameZh: "类型检查接诊人次", nameEn: "Client check patients", unit: "COUNT", direction: "HIGHER_IS_BETTER", aggregation: "SUM", category: "SERVICE_CAPACITY" },
  }));
  expect("getIndicator", 200, await metrics.GET("/api/v1/indicators/{code}", { params: { path: { code } } }));
  expect("listIndicators", 200, await metrics.GET("/api/v1/indicators", { params: { query: { category: "SERVICE_CAPACITY" } } }));

  const rule = `TS_RULE_${run}`;
  expect("createValidationRule", 201, await metrics.POST("/api/v1/validation-rules", {
    body: { code: rule, name: "类型检查规则", left: [code], operator: "LESS_OR_EQUAL", right: ["OUTPATIENT_EMERGENCY_VISITS"] },
  }));
  expect("getValidationRule", 200, await metrics.GET("/api/v1/validation-rules/{code}", { params: { path: { code: rule } } }));
  expect("listValidationRules", 200, await metrics.GET("/api/v1/validation-rules", {}));

  const milestone = await once("recordMilestone", () => metrics.POST("/api/v1/programmes/{programmeId}/milestones", {
    params: { path: { programmeId } },
    body: { type: "NEW_TECHNIQUE", name: "脑膜中动脉栓塞术", department: "04.02", achieved: "2023-05", independent: false, source: "类型检查, 2023-12-28" },
  }));
  expect("getMilestone", 200, await metrics.GET("/api/v1/programmes/{programmeId}/milestones/{id}", {
    params: { path: { programmeId, id: id("milestone", milestone) } },
  }));
  expect("listMilestones", 200, await metrics.GET("/api/v1/programmes/{programmeId}/milestones", { params: { path: { programmeId } } }));

  const observation = { institutionId: countyId, indicatorCode: code, period: "2023-05" };
  expect("recordObservation", 201, await metrics.PUT("/api/v1/institutions/{institutionId}/observations/{indicatorCode}/{period}", {
    params: { path: observation }, body: { value: 12, note: "类型检查", dataSource: "医院统计月报" },
  }));
  expect("getObservation", 200, await metrics.GET("/api/v1/institutions/{institutionId}/observations/{indicatorCode}/{period}", {
    params: { path: observation },
  }));
  expect("listObservations", 200, await metrics.GET("/api/v1/institutions/{institutionId}/observations", {
    params: { path: { institutionId: countyId } },
  }));
  expect("getInstitution", 200, await metrics.GET("/api/v1/institutions/{id}", { params: { path: { id: countyId } } }));
  expect("listInstitutions", 200, await metrics.GET("/api/v1/institutions", {}));
}

/** What every service answers the front-end: who the caller is, and the code lists for its screens. */
async function everyService(name: string, client: typeof programme | typeof training | typeof metrics, list: string) {
  // the three clients share these paths; one typed client is enough to call each service's
  const c = client as typeof programme;
  const me = expect(`${name} getMe`, 200, await c.GET("/api/v1/me", {}));
  if (!me.operations?.includes("getMe")) throw new Error(`${name}: /me does not list getMe`);
  const lists = expect(`${name} listCodeLists`, 200, await c.GET("/api/v1/code-lists", {}));
  if (!lists.some((l) => l.name === list)) throw new Error(`${name}: no code list ${list}`);
  const values = expect(`${name} getCodeList`, 200, await c.GET("/api/v1/code-lists/{name}", { params: { path: { name: list } } }));
  if (!values.items?.every((i) => i.zh && i.en)) throw new Error(`${name}: ${list} lacks a label`);
  const counties = expect(`${name} getCodeList divisions`, 200, await c.GET("/api/v1/code-lists/{name}", {
    params: { path: { name: "divisions" }, query: { parent: "5306" } },
  }));
  if (!counties.items?.some((i) => i.code === "530623" && i.zh === "盐津县")) throw new Error(`${name}: 盐津县 is missing`);
}

async function main() {
  await everyService("programme-service", programme, "institution-kind");
  await everyService("training-service", training, "activity-type");
  await everyService("metrics-service", metrics, "indicator-unit");
  const ids = await programmeService();
  await trainingService(ids);
  await metricsService(ids);
  console.log(`client check: ${calls} typed calls answered as documented`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
