package org.shanhai.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Problems in the caller's language: Chinese unless {@code Accept-Language} prefers English (a
 * government API's users read Chinese first), with {@code Content-Language} saying which. Titles are
 * set here; {@code detail} and {@code errors[].message} are chosen when the problem is made
 * ({@link Text#resolve()}), and Bean Validation's messages by Quarkus from the same header
 * ({@code quarkus.locales}). The {@code type} and {@code errors[].field} are the same in both
 * languages: clients act on those.
 */
public class ProblemLanguage {

    static final Map<Integer, String> ZH = Map.ofEntries(
            Map.entry(400, "请求无效"), Map.entry(401, "未认证"), Map.entry(403, "无权限"), Map.entry(404, "不存在"),
            Map.entry(405, "不支持的方法"), Map.entry(406, "无法提供所需格式"), Map.entry(409, "与已有数据冲突"),
            Map.entry(412, "版本已变"), Map.entry(413, "请求体过大"), Map.entry(415, "不支持的内容类型"),
            Map.entry(422, "无法处理"), Map.entry(428, "缺少前提条件"), Map.entry(429, "请求过多"),
            Map.entry(500, "服务器内部错误"), Map.entry(503, "服务暂不可用"));

    /** The details JAX-RS writes itself (an unknown path, a method or media type the path does not take). */
    static final Map<Integer, String> FRAMEWORK_ZH = Map.of(
            404, "请求的路径或记录不存在", 405, "该路径不支持此请求方法",
            406, "无法以 Accept 所要求的格式应答", 415, "该路径不接受此 Content-Type");

    static boolean fromFramework(String detail) {
        return detail == null || detail.startsWith("HTTP ") || detail.startsWith("The content-type header")
                || detail.startsWith("The accept header");
    }

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof HttpProblem problem)) {
            return;
        }
        boolean english = prefersEnglish(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "zh-CN");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        String zh = ZH.get(problem.getStatusCode());
        if (english || zh == null) {
            return;
        }
        HttpProblem.Builder b = HttpProblem.builder(problem).withTitle(zh);
        if (fromFramework(problem.getDetail()) && FRAMEWORK_ZH.containsKey(problem.getStatusCode())) {
            b.withDetail(FRAMEWORK_ZH.get(problem.getStatusCode()));
        }
        response.setEntity(b.build());
    }

    private static final ThreadLocal<Boolean> ON_BEHALF = new ThreadLocal<>();

    /**
     * {@code work}, to run on another thread for the request being answered (an import's parser), with
     * the problems it makes in that request's language.
     */
    public static Runnable inCallersLanguage(Runnable work) {
        boolean english = english();
        return () -> {
            ON_BEHALF.set(english);
            try {
                work.run();
            } finally {
                ON_BEHALF.remove();
            }
        };
    }

    /** Whether the request being answered prefers English (false outside a request: Chinese). */
    public static boolean english() {
        Boolean onBehalf = ON_BEHALF.get();
        if (onBehalf != null) {
            return onBehalf;
        }
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return false;
        }
        RoutingContext current = arc.instance(CurrentVertxRequest.class).get().getCurrent();
        return current != null && prefersEnglish(current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** English when the caller's first preference is English; anything else, or nothing, is Chinese. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange r : ranges) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (r.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
                    return tag.startsWith("en");
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
