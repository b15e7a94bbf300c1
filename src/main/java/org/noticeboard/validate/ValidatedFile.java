package org.noticeboard.validate;

import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.parse.ParsedFile;
import org.noticeboard.schema.Fields;

/** A file whose location and front matter passed the schema: ready to become an item. */
public record ValidatedFile(ParsedFile parsed, Board board, ContentType type, Fields fields) {

    public String id() {
        return board.slug() + "/" + type.id() + "/" + parsed.slug();
    }
}
