namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>A file type the blob store can recognise from its content.</summary>
/// <param name="Signatures">For <see cref="BlobContentCheck.Signature"/>: alternatives, each a byte pattern at an offset (null bytes in the pattern match anything).</param>
/// <param name="OfficePartFolder">For <see cref="BlobContentCheck.OfficeOpenXml"/>: the folder the archive must contain (word/, xl/, ppt/).</param>
public sealed record BlobFileKind(
    string ContentType,
    IReadOnlyList<string> Extensions,
    BlobContentCheck Check,
    IReadOnlyList<BlobSignature>? Signatures = null,
    string? OfficePartFolder = null);
