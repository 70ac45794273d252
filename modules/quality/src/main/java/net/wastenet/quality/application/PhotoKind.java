package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.quality.application.QualityDrafts.PhotoDraft;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/**
 * A photo upload, as the recording pipeline creates it: by an inspector or a district officer (rectification evidence);
 * its SHA-256 is its client key, so the same image sent again by its uploader answers the first
 * photo. Dated today in no district: a photo enters no figures and no period lock applies to it.
 */
@ApplicationScoped
public class PhotoKind implements RecordKind<PhotoDraft, Boolean, Photo> {
    @Inject
    QualityBook book;
    @Inject
    CityClock clock;

    @Override
    public String name() {
        return "photo";
    }

    @Override
    public void checkScope(PhotoDraft d, Actor actor) {
        if (!actor.has(Role.INSPECTOR) && !actor.has(Role.DISTRICT_OFFICER) && !actor.has(Role.HAULER)) {
            throw new NotYoursException(null, Text.of("photos are uploaded by inspectors, district officers and haulers (a refusal's)",
                    "照片由检查人员、区（市）县管理人员和收运单位（拒收记录）上传"));
        }
    }

    @Override
    public Map<String, Photo> earlier(String submitter, Set<String> clientKeys) {
        return book.photosBySha256(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Photo p) {
        return Fingerprint.of(p.sha256(), p.contentType());
    }

    @Override
    public Boolean lookUp(List<PhotoDraft> drafts) {
        return Boolean.TRUE;
    }

    @Override
    public Dated dated(PhotoDraft d, Boolean refs) {
        return Dated.on(clock.today(), "body");
    }

    @Override
    public Photo make(PhotoDraft d, Boolean refs, Stamp stamp) {
        return Photo.upload(d.checked(), stamp.at(), stamp.who());
    }

    @Override
    public List<?> store(List<Photo> photos) {
        for (Photo p : photos) {
            book.add(p);
            book.add(p.content());
        }
        return List.of();
    }

    @Override
    public Object ref(Photo p) {
        return p.id();
    }

    @Override
    public Object audited(Photo p) {
        return Views.of(p);
    }
}
