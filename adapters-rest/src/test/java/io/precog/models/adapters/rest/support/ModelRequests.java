package io.precog.models.adapters.rest.support;

/** JSON bodies of model requests, written out as a client would send them. */
public final class ModelRequests {

    /** A small Elo config with a decimal of scale 1, an integer and a nested list. */
    public static final String ELO_CONFIG = "{\"k_factor\":32.0,\"home_advantage\":65,\"weights\":[0.5,0.25]}";

    private ModelRequests() {
    }

    public static String create(String name, String version) {
        return create(name, version, "elo", "nfl", ELO_CONFIG, null);
    }

    /**
     * @param status first status, or null to leave it out
     */
    public static String create(String name, String version, String modelClass, String domain, String configJson,
                                String status) {
        return "{\"model_name\":\"" + name + "\",\"model_version\":\"" + version + "\",\"model_class\":\""
                + modelClass + "\",\"domain\":\"" + domain + "\",\"config\":" + configJson
                + (status == null ? "" : ",\"status\":\"" + status + "\"")
                + ",\"description\":\"Elo ratings\"}";
    }

    public static String status(String status) {
        return "{\"status\":\"" + status + "\"}";
    }
}
