package org.budayang.central.catalog;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.central.web.ApiException;

/**
 * {@code GET /api/v1/catalog[?department=TAX]}: the catalogue as JSON with its version as the
 * {@code ETag}; {@code If-None-Match} with that tag answers 304 without a body. A department
 * filter keeps the catalogue's version in the body and gets its own tag ({@code version-TAX}).
 */
public final class CatalogEndpoint implements Handler {
    /** The query parameter of the department filter. */
    public static final String DEPARTMENT = "department";

    private static final String ACCEPTED = Arrays.stream(Department.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final CatalogRepository repository;

    public CatalogEndpoint(CatalogRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void handle(Context ctx) {
        Optional<Department> department = department(ctx.queryParams(DEPARTMENT));
        Catalog catalog = repository.current();
        EntityTag tag = new EntityTag(catalog.version() + department.map(d -> "-" + d.name()).orElse(""));
        ctx.header(Header.ETAG, tag.header());
        ctx.header(Header.CACHE_CONTROL, "no-cache");
        if (tag.matchedBy(ctx.header(Header.IF_NONE_MATCH))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.json(department
                .map(d -> new Catalog(catalog.version(), catalog.publishedAt(), catalog.byDepartment(d)))
                .orElse(catalog));
    }

    private static Optional<Department> department(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("INVALID_PARAMETER", "Query parameter '" + DEPARTMENT + "' is given "
                    + values.size() + " times; give it once with one of: " + ACCEPTED + ".");
        }
        String value = values.get(0);
        for (Department department : Department.values()) {
            if (department.name().equals(value)) {
                return Optional.of(department);
            }
        }
        throw ApiException.badRequest("INVALID_PARAMETER", "Query parameter '" + DEPARTMENT + "' has the value '"
                + abbreviate(value) + "', which is not a department; accepted values: " + ACCEPTED + ".");
    }

    /** Echo at most a short, printable part of what the client sent. */
    private static String abbreviate(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .limit(40).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return value.codePointCount(0, value.length()) > 40 ? printable + "…" : printable;
    }
}
