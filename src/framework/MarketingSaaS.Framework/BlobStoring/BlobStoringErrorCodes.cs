namespace MarketingSaaS.Framework.BlobStoring;

public static class BlobStoringErrorCodes
{
    /// <summary>400: empty, too long, with a path separator, a control character or only dots.</summary>
    public const string InvalidFileName = "Framework:BlobInvalidFileName";

    /// <summary>400: no content.</summary>
    public const string EmptyFile = "Framework:BlobEmptyFile";

    /// <summary>413: larger than the container allows.</summary>
    public const string FileTooLarge = "Framework:BlobFileTooLarge";

    /// <summary>415: the extension is not allowed in the container.</summary>
    public const string FileTypeNotAllowed = "Framework:BlobFileTypeNotAllowed";

    /// <summary>415: the content is not what the extension says.</summary>
    public const string ContentMismatch = "Framework:BlobContentMismatch";
}
