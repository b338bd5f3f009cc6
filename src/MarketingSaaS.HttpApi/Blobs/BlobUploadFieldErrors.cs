using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Http;

namespace MarketingSaaS.Blobs;

/// <summary>
/// For uploads made from a form: a refused file (too big, a type the container does not take, content that is not what
/// its name says, empty, a bad name) answers 400 with the reason as an error of the form's file field, instead of
/// 413/415 without a field. Kestrel's own body limit (413) is reported the same way.
/// </summary>
public static class BlobUploadFieldErrors
{
    /// <summary>The field a refused upload's error is reported on, as the portal's file inputs name it.</summary>
    public const string FileField = "file";

    private static readonly HashSet<string> FileCodes =
    [
        BlobStoringErrorCodes.FileTooLarge,
        BlobStoringErrorCodes.FileTypeNotAllowed,
        BlobStoringErrorCodes.ContentMismatch,
        BlobStoringErrorCodes.EmptyFile,
        BlobStoringErrorCodes.InvalidFileName,
    ];

    /// <summary>Runs an upload (call <see cref="BlobUploads.Prepare"/> inside it) and reports a refused file on <see cref="FileField"/>.</summary>
    public static async Task<T> RunAsync<T>(IBlobContainer container, Func<Task<T>> upload)
    {
        try
        {
            return await upload();
        }
        catch (BusinessException e) when (FileCodes.Contains(e.Code))
        {
            throw FieldError(FileField, e.Code, e.Details);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw FieldError(FileField, BlobStoringErrorCodes.FileTooLarge, new Dictionary<string, object?> { ["max"] = BlobUploads.FormatSize(container.Configuration.MaxSizeBytes) });
        }
    }

    private static FieldValidationException FieldError(string field, string code, IReadOnlyDictionary<string, object?> data) =>
        new(new Dictionary<string, FieldError[]> { [field] = [new FieldError(code, data)] });
}
