package org.tracebench.sheets;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.tracebench.model.TracedCall;
import org.tracebench.store.TracedCallRepository;

/** A case's traced calls in table order, fetched a page at a time so any number of rows streams through. */
final class CaseCalls implements Iterator<TracedCall> {

    static final int PAGE_SIZE = 2_000;

    private final TracedCallRepository calls;
    private final long caseId;
    private final int pageSize;
    private List<TracedCall> page = List.of();
    private int next;
    private boolean exhausted;
    private int lastRowOrder = -1;
    private long lastId = -1;

    CaseCalls(TracedCallRepository calls, long caseId) {
        this(calls, caseId, PAGE_SIZE);
    }

    CaseCalls(TracedCallRepository calls, long caseId, int pageSize) {
        this.calls = calls;
        this.caseId = caseId;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (!page.isEmpty()) {
            TracedCall last = page.get(page.size() - 1);
            lastId = last.id();
            lastRowOrder = calls.rowOrderOf(lastId);
        }
        page = calls.findByCasePage(caseId, lastRowOrder, lastId, pageSize);
        next = 0;
        exhausted = page.size() < pageSize;
        return !page.isEmpty();
    }

    @Override
    public TracedCall next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(next++);
    }
}
