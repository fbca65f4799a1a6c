package se.ukrapport.app;

import java.util.ArrayList;
import java.util.List;

/** The chapter and appendix ids of cli.md, in report order. */
public final class ChapterIds {

    public static final List<String> ALL;

    static {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            ids.add(String.format("kap%02d", i));
        }
        for (int i = 1; i <= 6; i++) {
            ids.add("bilaga" + i);
        }
        ALL = List.copyOf(ids);
    }

    private ChapterIds() {
    }

}
