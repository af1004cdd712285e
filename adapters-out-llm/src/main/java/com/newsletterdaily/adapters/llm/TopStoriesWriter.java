package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** Writes the top stories offline: the chosen articles grouped by category, each linked to its own URL. */
final class TopStoriesWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private TopStoriesWriter() {
    }

    static Section write(SectionRequest request) {
        var title = SectionKind.TOP_STORIES.defaultTitle() + " for " + DAY.format(request.editionDate());
        var articles = request.articles();
        if (articles.isEmpty()) {
            return new Section(SectionKind.TOP_STORIES, title, "No news was available for this edition.",
                    "No news items were available when this edition was written.", List.of());
        }
        var byCategory = new LinkedHashMap<NewsCategory, List<Article>>();
        articles.forEach(a -> byCategory.computeIfAbsent(a.category(), c -> new ArrayList<>()).add(a));
        var lead = articles.getFirst();
        var summary = "%d %s across %s, led by \"%s\"%s.".formatted(articles.size(),
                articles.size() == 1 ? "story" : "stories", categories(byCategory.size()), plain(lead.title()),
                lead.source().isBlank() ? "" : " from " + plain(lead.source()));
        var body = new StringBuilder();
        var keyPoints = new ArrayList<String>();
        byCategory.forEach((category, stories) -> {
            body.append(label(category)).append('\n');
            for (Article story : stories) {
                body.append("- [").append(plain(story.title())).append("](").append(story.url()).append(')');
                if (!story.source().isBlank()) {
                    body.append(" (").append(plain(story.source())).append(')');
                }
                body.append('\n');
            }
            body.append('\n');
            keyPoints.add(label(category) + ": " + plain(stories.getFirst().title()));
        });
        return new Section(SectionKind.TOP_STORIES, title, summary, body.toString().strip(), keyPoints);
    }

    private static String categories(int count) {
        return count == 1 ? "one category" : count + " categories";
    }

    private static String label(NewsCategory category) {
        var name = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Single-line text that cannot break the Markdown around it. */
    private static String plain(String text) {
        return text.replace('[', '(').replace(']', ')').replaceAll("\\s+", " ").strip();
    }
}
