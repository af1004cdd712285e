package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.newsletter.FactCheck;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;
import com.newsletterdaily.domain.newsletter.OutputHygiene;
import com.newsletterdaily.domain.newsletter.Section;

import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * What every draft passes before it may be published: output hygiene (links only to the request's articles), then
 * the fact check, where advice phrasing counts as a mismatch too. The answer carries its verdict.
 */
final class SectionGate {

    private SectionGate() {
    }

    static Section check(Section draft, SectionRequest request) {
        var allowedLinks = request.articles().stream().map(Article::url).collect(Collectors.toSet());
        var cleaned = OutputHygiene.clean(draft, allowedLinks);
        var facts = FactCheck.check(cleaned, request.quotes(), request.articles(), request.editionDate());
        var advice = OutputHygiene.recommendations(cleaned);
        if (advice.isEmpty()) {
            return cleaned.withFactCheck(facts);
        }
        var mismatches = new ArrayList<>(facts.mismatches());
        advice.forEach(phrase -> mismatches.add("'" + phrase + "' reads as investment advice"));
        return cleaned.withFactCheck(new FactCheckVerdict(false, facts.checked(), mismatches));
    }

    static boolean passed(Section checked) {
        return checked.factCheck() != null && checked.factCheck().passed();
    }
}
