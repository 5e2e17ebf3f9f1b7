package dev.parley.scim.control;

import java.util.List;

/** One page of a {@code GET /Users}: how many match in all, where the page starts (1-based) and its users. */
public record ScimPage(long totalResults, int startIndex, List<ScimUserView> resources) {
}
