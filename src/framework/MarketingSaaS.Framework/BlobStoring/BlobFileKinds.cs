namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>The file types containers may allow, each with the content check that proves it.</summary>
public static class BlobFileKinds
{
    private static readonly BlobSignature Zip = new(0, 0x50, 0x4B, 0x03, 0x04);

    public static readonly BlobFileKind Pdf = new("application/pdf", [".pdf"], BlobContentCheck.Signature, [new(0, 0x25, 0x50, 0x44, 0x46, 0x2D)]);

    public static readonly BlobFileKind Png = new("image/png", [".png"], BlobContentCheck.Signature, [new(0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)]);

    public static readonly BlobFileKind Jpeg = new("image/jpeg", [".jpg", ".jpeg"], BlobContentCheck.Signature, [new(0, 0xFF, 0xD8, 0xFF)]);

    public static readonly BlobFileKind Gif = new("image/gif", [".gif"], BlobContentCheck.Signature,
        [new(0, 0x47, 0x49, 0x46, 0x38, 0x37, 0x61), new(0, 0x47, 0x49, 0x46, 0x38, 0x39, 0x61)]);

    public static readonly BlobFileKind Webp = new("image/webp", [".webp"], BlobContentCheck.Signature,
        [new(0, 0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50)]);

    public static readonly BlobFileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], BlobContentCheck.OfficeOpenXml, [Zip], "word/");

    public static readonly BlobFileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], BlobContentCheck.OfficeOpenXml, [Zip], "xl/");

    public static readonly BlobFileKind Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], BlobContentCheck.OfficeOpenXml, [Zip], "ppt/");

    public static readonly BlobFileKind Text = new("text/plain; charset=utf-8", [".txt"], BlobContentCheck.Utf8Text);

    public static readonly BlobFileKind Csv = new("text/csv; charset=utf-8", [".csv"], BlobContentCheck.Utf8Text);

    public static readonly BlobFileKind Markdown = new("text/markdown; charset=utf-8", [".md"], BlobContentCheck.Utf8Text);

    public static IReadOnlyList<BlobFileKind> All { get; } = [Pdf, Png, Jpeg, Gif, Webp, Docx, Xlsx, Pptx, Text, Csv, Markdown];

    /// <summary>Every extension with a content check: a sensible default for document containers.</summary>
    public static IReadOnlyList<string> AllExtensions { get; } = [.. All.SelectMany(k => k.Extensions)];

    public static BlobFileKind? FindByExtension(string extension) =>
        All.FirstOrDefault(k => k.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
}
