package dev.parley.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes UUIDs to the PostgreSQL driver as they are. EclipseLink's built-in UUID conversion
 * fails on a NULL column (its converter calls toString on the value), and several of our UUID
 * columns are nullable references.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(UUID value) {
        return value;
    }
}
