package cn.gonghui.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A version of a service's form. Versions never change once published: a new one is added instead. */
public record FormDefinition(String serviceCode, int version, List<FormAttribute> attributes) {

    public FormDefinition {
        attributes = attributes.stream().sorted(Comparator.comparingInt(FormAttribute::order)).toList();
    }

    public Optional<FormAttribute> attribute(String code) {
        return attributes.stream().filter(attribute -> attribute.code().equals(code)).findFirst();
    }
}
