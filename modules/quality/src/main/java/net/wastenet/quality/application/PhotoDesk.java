package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import net.wastenet.quality.application.Views.PhotoView;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/**
 * Photos: uploaded through the recording pipeline ({@link PhotoKind}), served back only to their uploader and to those who
 * may read an inspection or rectification that uses them (the district's readers and inspectors). A photo nothing uses
 * yet is its uploader's alone.
 */
@ApplicationScoped
@Transactional
public class PhotoDesk {
    @Inject
    QualityBook book;
    @Inject
    Recording recording;
    @Inject
    PhotoKind kind;

    /** The answer to an upload: the photo, and whether this call stored it (false: the same image again). */
    public record Uploaded(PhotoView photo, boolean created) {
    }

    /** A photo's image. */
    public record Image(String contentType, byte[] bytes) {
    }

    public Uploaded upload(byte[] bytes, String contentType, Actor actor) {
        Outcome<Photo> o = recording.create(kind, QualityDrafts.PhotoDraft.of(bytes, contentType), actor);
        return new Uploaded(Views.of(o.record()), o.created());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Image image(long id, Actor actor) {
        Photo photo = book.photo(id).orElseThrow(() -> new UnknownCodeException("id", QualityDrafts.photo(), String.valueOf(id)));
        if (!photo.uploadedBy().equals(actor.name())) {
            Set<String> districts = book.districtsUsing(id);
            if (districts.stream().noneMatch(actor::mayReadQualityOf)) {
                throw new NotYoursException("id", Text.of("photo " + id + " is not yours to see", "您无权查看照片 " + id));
            }
        }
        return new Image(photo.contentType(), book.photoBytes(id).orElseThrow());
    }
}
