namespace Nunchi.Storage.Points;

/// <summary>The points of a compaction or file rewrite at which a test may stop the world and copy the directory.</summary>
internal enum CompactionStep
{
    /// <summary>Merged blocks appended to the newest file, not yet synced nor in the index.</summary>
    OutputWritten,

    /// <summary>Merged blocks swapped into the index for their inputs; nothing synced yet.</summary>
    IndexSwapped,

    /// <summary>The newest file synced; no input file deleted yet.</summary>
    OutputSynced,

    /// <summary>Files left without live blocks deleted.</summary>
    InputsReleased,

    /// <summary>Live blocks of a mostly dead file copied to the newest file and swapped into the index; not synced.</summary>
    CopiesWritten,

    /// <summary>The old file deleted after the copies were synced.</summary>
    FileRewritten,
}
