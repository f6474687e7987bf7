package org.jointfunding.kit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Streams a CSV export page by page, so a large export never sits in memory whole. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final int PAGE = 500;

    private CsvExport() {
    }

    /** {@code page} receives an offset and returns up to 500 rows from there; fewer means the end. */
    public static Response attachment(String fileName, List<String> header, IntFunction<List<List<Object>>> page) {
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (int offset = 0; ; offset += PAGE) {
                    List<List<Object>> rows = page.apply(offset);
                    for (List<Object> row : rows) {
                        csv.printRecord(row.stream().map(CsvExport::safe).toList());
                    }
                    if (rows.size() < PAGE) {
                        break;
                    }
                }
            }
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** Rows already in memory (a ranking, a matching run): one page. */
    public static Response attachment(String fileName, List<String> header, List<List<Object>> rows) {
        return attachment(fileName, header, offset -> offset == 0 ? rows : List.of());
    }

    public static int pageSize() {
        return PAGE;
    }

    private static Object safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
