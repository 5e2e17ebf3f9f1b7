package dev.parley.channel.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ChannelTypeConverter implements AttributeConverter<ChannelType, String> {

    @Override
    public String convertToDatabaseColumn(ChannelType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public ChannelType convertToEntityAttribute(String value) {
        return value == null ? null : ChannelType.parse(value)
                .orElseThrow(() -> new IllegalStateException("unknown channel type in database: " + value));
    }
}
