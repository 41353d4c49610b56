package dev.chatcontracts.contracts.captures;

/** Told how many entries a run has validated, every so many entries. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (entries, source) -> { };

    /**
     * @param entries entries validated so far in the run
     * @param source the capture being read
     */
    void progress(long entries, String source);
}
