package cn.gonghui.platform.state;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link Coded} state as its code. Each enum declares a one-line subclass with
 * {@code @Converter(autoApply = true)}, so an entity field of that type needs no annotation.
 */
public abstract class CodedAsText<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedAsText(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E state) {
        return state == null ? null : state.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Coded.ofCode(type, code);
    }
}
