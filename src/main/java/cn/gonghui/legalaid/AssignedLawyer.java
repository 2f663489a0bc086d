package cn.gonghui.legalaid;

import cn.gonghui.application.ApplicationResult;
import java.util.UUID;

/** What assigning legal aid keeps in the result: the worker's lawyer, so the worker knows who handles the case. */
public record AssignedLawyer(Lawyer lawyer) implements ApplicationResult {

    public record Lawyer(UUID officerId, String displayName) {
    }
}
