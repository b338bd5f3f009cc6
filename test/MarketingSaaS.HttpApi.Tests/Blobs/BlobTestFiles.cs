using System.IO.Compression;
using System.Text;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>Small files of each kind: a real signature (or archive layout) followed by filler bytes.</summary>
internal static class BlobTestFiles
{
    public static byte[] Pdf(int size = 4096) => WithHeader("%PDF-1.7\n"u8.ToArray(), size);

    public static byte[] Png() => WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 2048);

    public static byte[] Jpeg() => WithHeader([0xFF, 0xD8, 0xFF, 0xE0], 2048);

    public static byte[] Gif() => WithHeader("GIF89a"u8.ToArray(), 512);

    public static byte[] Webp() => WithHeader([.. "RIFF"u8.ToArray(), 0x24, 0x08, 0, 0, .. "WEBPVP8 "u8.ToArray()], 1024);

    /// <summary>A Windows executable header ("MZ"): what a renamed .exe starts with.</summary>
    public static byte[] Exe() => WithHeader([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], 4096);

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Office(string partFolder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            if (partFolder.Length > 0)
            {
                Write(zip, partFolder + "document.xml", "<document/>");
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    private static byte[] WithHeader(byte[] header, int size)
    {
        var content = new byte[Math.Max(size, header.Length)];
        new Random(size).NextBytes(content);
        header.CopyTo(content, 0);
        return content;
    }
}
