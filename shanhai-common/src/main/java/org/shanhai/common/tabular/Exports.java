package org.shanhai.common.tabular;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * One report, three forms by {@code Accept}: JSON (the default), CSV (the first sheet) or XLSX (every
 * sheet), the files named for download with a UTF-8 file name (RFC 6266) that Excel and browsers keep.
 */
public final class Exports {

    private Exports() {
    }

    public static Response respond(HttpHeaders headers, Object json, Supplier<List<Sheet>> sheets, String fileName) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(Tables.XLSX)) && !accepted.isWildcardType()) {
                return file(Tables.xlsx(sheets.get()), Tables.XLSX, fileName + ".xlsx");
            }
            if (accepted.isCompatible(MediaType.valueOf(Tables.CSV)) && !accepted.isWildcardType()) {
                return file(Tables.csv(sheets.get().get(0)), Tables.CSV + ";charset=UTF-8", fileName + ".csv");
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response file(byte[] bytes, String mediaType, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
