namespace Nunchi.Storage;

/// <summary>
/// The store cannot be opened or used: a file that is not Nunchi's, a newer format, a damaged database.
/// </summary>
/// <remarks>The message is one line meant for a person (the CLI prints it as is) and names the file.</remarks>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public StoreException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="path">The file (or directory) at fault.</param>
    /// <param name="message">What is wrong with it, without the path.</param>
    /// <param name="innerException">The error behind it, or null.</param>
    public StoreException(string path, string message, Exception? innerException = null)
        : base($"{path}: {message}", innerException)
    {
        Path = path;
    }

    /// <summary>The file (or directory) at fault, or null.</summary>
    public string? Path { get; }
}
