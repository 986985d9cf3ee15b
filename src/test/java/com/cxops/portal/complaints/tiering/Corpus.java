package com.cxops.portal.complaints.tiering;

import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.customers.CustomerLayer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The labelled complaints under src/test/resources/tiering: tier, expected family (NONE / NEG for normal), language, text. */
final class Corpus {

    /** The default rules as migrations seed them (other tests add rules of their own to the shared database). */
    static final Set<String> DEFAULT_RULES = Set.of("public post", "VIP customer", "money not refunded", "refund missing (keywords)",
            "repeat complaint", "media or viral exposure", "many customers affected", "safety", "safety (keywords)",
            "legal or regulator risk", "legal or regulator (keywords)", "media (text)", "public post (text)", "many affected (text)");

    record Example(int line, Tier tier, String family, String lang, String text) {
        boolean trickyNegative() {
            return family.equals("NEG");
        }

        /** As a complaint arrives by API with only its text filled in: private, one customer, ordinary category. */
        TieringEngine.Facts facts(int batchEstimate) {
            return new TieringEngine.Facts(ComplaintCategory.OTHER, ComplaintChannel.EMAIL, SpreadRisk.PRIVATE, 1, CustomerLayer.REGULAR,
                    false, "", text, null, Instant.parse("2026-06-10T10:00:00Z"), null, true, batchEstimate);
        }
    }

    private Corpus() {
    }

    static List<Example> load(String name) {
        List<Example> out = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream("/tiering/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                if (f.length != 4) {
                    throw new IllegalStateException(name + ":" + n + " needs 4 tab-separated columns");
                }
                out.add(new Example(n, Tier.valueOf(f[0]), f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
