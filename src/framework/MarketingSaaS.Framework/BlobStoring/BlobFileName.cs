using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// The original file name, kept as metadata only. It never becomes part of a storage path, but it is still refused
/// when it looks like a path (separators, drive letters, dots only) or carries control characters such as NUL.
/// </summary>
public static class BlobFileName
{
    public static string Validate(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)
            || fileName.Length > BlobStoringConsts.MaxFileNameLength
            || fileName != fileName.Trim()
            || fileName.Any(c => char.IsControl(c) || c is '/' or '\\' or ':')
            || fileName.All(c => c == '.'))
        {
            throw new BusinessException(BlobStoringErrorCodes.InvalidFileName, new Dictionary<string, object?> { ["max"] = BlobStoringConsts.MaxFileNameLength }, 400);
        }

        return fileName;
    }

    public static string ExtensionOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();
}
