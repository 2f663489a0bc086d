package cn.gonghui.card;

import cn.gonghui.application.ApplicationResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What a card line keeps in an application's result: the card its approval acted on and that
 * card's status then; completion updates the status to how the bank's work ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardResult(UUID cardId, String cardStatus) implements ApplicationResult {
}
