using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// Copies an upload to a temporary file in 80 KB pieces while counting it against the limit, hashing it (SHA-256)
/// and checking its content against the declared kind: the signature as soon as the first bytes arrived, UTF-8
/// text piece by piece, Office archives once complete. Memory stays flat whatever the file's size; on any failure
/// the temporary file is deleted, so nothing reaches a provider.
/// </summary>
internal static class BlobUploadSpooler
{
    private const int BufferSize = 81920;
    private const int HeaderSize = 16;

    public static async Task<SpooledUpload> SpoolAsync(Stream content, BlobFileKind kind, long maxSize, string tempFolder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(tempFolder);
        var path = Path.Combine(tempFolder, BlobPath.NewStorageName(now) + BlobSpoolFolder.Extension);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var header = new byte[HeaderSize];
            var headerLength = 0;
            var signatureChecked = false;
            var text = kind.Check == BlobContentCheck.Utf8Text ? new Utf8TextCheck() : null;
            long size = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxSize)
                    {
                        throw new BusinessException(BlobStoringErrorCodes.FileTooLarge, new Dictionary<string, object?> { ["max"] = FormatSize(maxSize) }, 413);
                    }

                    var piece = buffer.AsSpan(0, read);
                    if (headerLength < HeaderSize)
                    {
                        var take = Math.Min(HeaderSize - headerLength, read);
                        piece[..take].CopyTo(header.AsSpan(headerLength));
                        headerLength += take;
                    }

                    if (!signatureChecked && headerLength == HeaderSize)
                    {
                        EnsureSignature(kind, header);
                        signatureChecked = true;
                    }

                    text?.Add(piece, kind);
                    hash.AppendData(piece);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new BusinessException(BlobStoringErrorCodes.EmptyFile, statusCode: 400);
            }

            if (!signatureChecked)
            {
                EnsureSignature(kind, header.AsSpan(0, headerLength));
            }

            text?.Complete(kind);
            if (kind.Check == BlobContentCheck.OfficeOpenXml)
            {
                EnsureOfficeArchive(path, kind);
            }

            return new SpooledUpload(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static BusinessException Mismatch(BlobFileKind kind) =>
        new(BlobStoringErrorCodes.ContentMismatch, new Dictionary<string, object?> { ["extension"] = kind.Extensions[0] }, 415);

    private static void EnsureSignature(BlobFileKind kind, ReadOnlySpan<byte> header)
    {
        if (kind.Signatures is { } signatures)
        {
            foreach (var signature in signatures)
            {
                if (signature.Matches(header))
                {
                    return;
                }
            }

            throw Mismatch(kind);
        }
    }

    private static void EnsureOfficeArchive(string path, BlobFileKind kind)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml") || !names.Any(n => n.StartsWith(kind.OfficePartFolder!, StringComparison.Ordinal)))
            {
                throw Mismatch(kind);
            }
        }
        catch (InvalidDataException)
        {
            throw Mismatch(kind);
        }
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    /// <summary>UTF-8 validity across piece boundaries (GetChars keeps the decoder state; GetCharCount would not), and no control characters other than tab, LF, CR and form feed.</summary>
    private sealed class Utf8TextCheck
    {
        private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
        private readonly char[] _chars = new char[BufferSize + 4];

        public void Add(ReadOnlySpan<byte> piece, BlobFileKind kind)
        {
            foreach (var b in piece)
            {
                if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F)
                {
                    throw Mismatch(kind);
                }
            }

            Decode(piece, flush: false, kind);
        }

        public void Complete(BlobFileKind kind) => Decode([], flush: true, kind);

        private void Decode(ReadOnlySpan<byte> piece, bool flush, BlobFileKind kind)
        {
            try
            {
                _decoder.GetChars(piece, _chars, flush);
            }
            catch (DecoderFallbackException)
            {
                throw Mismatch(kind);
            }
        }
    }
}
