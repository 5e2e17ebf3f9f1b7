package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * Validates the JPA mapping against the migrated schema: every mapped table and column must
 * exist. EclipseLink has no validate mode of its own, and a mapping that drifted from the
 * migrations should stop the deployment, not fail the first request that touches it.
 */
@ApplicationScoped
public class SchemaCheck {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    public void verify() {
        Map<String, Set<String>> mapped = new TreeMap<>();
        var session = em.unwrap(JpaEntityManager.class).getServerSession();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue;
            }
            for (DatabaseTable table : descriptor.getTables()) {
                mapped.computeIfAbsent(lower(table.getName()), t -> new TreeSet<>());
            }
            for (DatabaseField field : descriptor.getFields()) {
                String table = field.getTableName();
                if (table == null || table.isEmpty()) {
                    table = descriptor.getTableName();
                }
                mapped.computeIfAbsent(lower(table), t -> new TreeSet<>()).add(lower(field.getName()));
            }
        }
        Set<String> problems = missing(mapped, actualColumns());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The JPA mapping does not match the database schema: " + problems);
        }
    }

    private Map<String, Set<String>> actualColumns() {
        Map<String, Set<String>> actual = new TreeMap<>();
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select table_name, column_name from information_schema.columns"
                     + " where table_schema = current_schema()");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                actual.computeIfAbsent(lower(rs.getString(1)), t -> new TreeSet<>()).add(lower(rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema", e);
        }
        return actual;
    }

    /** What the mapping names that the schema lacks, as {@code table} or {@code table.column}. */
    static Set<String> missing(Map<String, Set<String>> mapped, Map<String, Set<String>> actual) {
        Set<String> problems = new TreeSet<>();
        mapped.forEach((table, columns) -> {
            Set<String> present = actual.get(table);
            if (present == null) {
                problems.add(table);
                return;
            }
            columns.stream().filter(c -> !present.contains(c)).forEach(c -> problems.add(table + "." + c));
        });
        return problems;
    }

    private static String lower(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
