package org.jointfunding.notification.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** A notice's parameters as stored with its notification and its e-mail: a JSON object of strings. */
@ApplicationScoped
public class NoticeParams {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public NoticeParams(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored notice parameters are not JSON", e);
        }
    }

    public String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
