namespace MarketingSaaS.Framework.Domain.Entities;

/// <summary>
/// Guid v7 keys that grow strictly within a process, also inside one millisecond, where <see cref="Guid.CreateVersion7()"/>
/// orders at random. Lists sort "newest first" by key, so two rows created in the same millisecond must still sort
/// in creation order.
/// </summary>
public static class SequentialGuid
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    public static Guid Create()
    {
        var next = ToNumber(Guid.CreateVersion7());
        lock (Gate)
        {
            if (next <= _last)
            {
                next = _last + 1;
            }

            _last = next;
        }

        return FromNumber(next);
    }

    private static UInt128 ToNumber(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid FromNumber(UInt128 number)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }
}
