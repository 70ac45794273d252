package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.quality.application.Commands.NewRubric;
import net.wastenet.quality.application.Views.RubricView;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/** The bureau's rubric versions: added, never edited, each valid from a day until the next one's. */
@ApplicationScoped
@Transactional
public class RubricDesk {
    static final Text RUBRIC = Text.of("rubric", "评分细则");

    @Inject
    QualityBook book;
    @Inject
    CityClock clock;
    @Inject
    Event<AuditRecord> audit;

    public RubricView add(NewRubric cmd, Actor actor) {
        if (!actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau sets the rubric", "只有市局可以制定评分细则"));
        }
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        LocalDate from = Parse.date(cmd.validFrom(), "validFrom", true, p);
        if (cmd.passScore() == null) {
            p.missing("passScore");
        }
        List<Rubric.Item> items = new ArrayList<>();
        if (cmd.items() == null || cmd.items().isEmpty()) {
            p.add("items", "must list the rubric's items", "必须列出评分项");
        } else {
            for (int i = 0; i < cmd.items().size(); i++) {
                var item = cmd.items().get(i);
                String at = "items[" + i + "]";
                if (item == null) {
                    p.missing(at);
                    continue;
                }
                boolean ok = Codes.check(item.code(), at + ".code", p);
                ok &= Codes.checkText(item.name(), 128, at + ".name", p);
                if (item.maxScore() == null) {
                    p.missing(at + ".maxScore");
                    ok = false;
                }
                if (ok) {
                    items.add(new Rubric.Item(item.code(), item.name(), item.maxScore(), Boolean.TRUE.equals(item.veto())));
                }
            }
        }
        p.throwIfAny();
        Rubric rubric = Rubric.define(cmd.code(), cmd.name(), from, cmd.passScore(), items, clock.now(), actor.name());
        if (book.rubric(cmd.code()).isPresent()) {
            throw net.wastenet.shared.ConflictException.duplicateCode(RUBRIC, cmd.code());
        }
        if (book.rubrics().stream().anyMatch(r -> r.validFrom().equals(from))) {
            throw new ConflictException("validFrom", Text.of("a rubric valid from " + from + " exists already: each version starts on its own day",
                    "已有自 " + from + " 起生效的评分细则：每个版本须有自己的生效日期"));
        }
        book.add(rubric);
        RubricView view = Views.of(rubric);
        audit.fire(AuditRecord.created("inspection-rubric", rubric.code(), actor, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RubricView> all() {
        return book.rubrics().stream().map(Views::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RubricView one(String code) {
        return book.rubric(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", RUBRIC, code));
    }

    /** The version valid on a day (404 naming {@code on} before the first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RubricView validOn(LocalDate day) {
        return Rubric.validOn(book.rubrics(), day).map(Views::of)
                .orElseThrow(() -> new UnknownCodeException("on", RUBRIC, day.toString()));
    }

}
