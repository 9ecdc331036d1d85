namespace Nunchi.Server.Security;

/// <summary>What a request needs to be allowed to do.</summary>
internal enum Access
{
    /// <summary>Read series, points, findings.</summary>
    Read,

    /// <summary>Write points and feedback.</summary>
    Write,
}
