package com.newsletterdaily.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fails a type whose visible signatures (the methods' parameters, return types, thrown exceptions and type
 * parameters, generic type arguments included, and the type's own supertypes and type parameters) mention a
 * forbidden type.
 */
final class PortSignatureCondition extends ArchCondition<JavaClass> {

    private final DescribedPredicate<? super JavaClass> forbidden;

    private PortSignatureCondition(DescribedPredicate<? super JavaClass> forbidden) {
        super("not refer to " + forbidden.getDescription() + " in any method signature");
        this.forbidden = forbidden;
    }

    static PortSignatureCondition notReferTo(DescribedPredicate<? super JavaClass> forbidden) {
        return new PortSignatureCondition(forbidden);
    }

    @Override
    public void check(JavaClass port, ConditionEvents events) {
        var where = "in " + port.getSourceCodeLocation();
        report(port, port.getDescription() + " extends", port.getInterfaces(), where, events);
        report(port, port.getDescription() + " declares a type parameter bound", port.getTypeParameters(), where,
                events);
        for (JavaMethod method : port.getMethods()) {
            if (method.getModifiers().contains(JavaModifier.PRIVATE)
                    || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                continue; // not part of the port's contract
            }
            var name = method.getDescription();
            report(port, name + " returns", Set.of(method.getReturnType()), where, events);
            report(port, name + " takes", method.getParameterTypes(), where, events);
            report(port, name + " throws", method.getThrowsClause().getTypes(), where, events);
            report(port, name + " declares a type parameter bound", method.getTypeParameters(), where, events);
        }
    }

    private void report(JavaClass port, String what, Collection<? extends JavaType> types, String where,
                        ConditionEvents events) {
        Set<JavaClass> offending = new TreeSet<>(Comparator.comparing(JavaClass::getName));
        for (JavaType type : types) {
            for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                if (forbidden.test(raw)) {
                    offending.add(raw);
                }
            }
        }
        for (JavaClass raw : offending) {
            events.add(SimpleConditionEvent.violated(port, what + " <" + raw.getName() + "> " + where));
        }
    }
}
