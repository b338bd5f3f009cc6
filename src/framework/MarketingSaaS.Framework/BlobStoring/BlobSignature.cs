namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>Bytes expected at an offset; a null entry matches any byte.</summary>
public sealed record BlobSignature(int Offset, params byte?[] Bytes)
{
    public bool Matches(ReadOnlySpan<byte> header)
    {
        if (header.Length < Offset + Bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < Bytes.Length; i++)
        {
            if (Bytes[i] is { } expected && header[Offset + i] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
