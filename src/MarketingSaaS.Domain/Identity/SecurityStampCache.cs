using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Identity;

/// <summary>
/// The security stamp a user's sessions must carry, per user, read at most a minute ago (by the injected clock).
/// Null: the user is gone or deactivated, so no session of theirs is valid. The node that changes a user drops the
/// entry at once (the user store does it on every update); other nodes see the change when their entry is a minute old.
/// </summary>
public sealed class SecurityStampCache(IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public async Task<string?> GetAsync(Guid? tenantId, Guid userId, Func<Task<string?>> load)
    {
        var key = Key(tenantId, userId);
        if (cache.TryGetValue(key, out Entry? entry) && clock.GetUtcNow() - entry!.ReadAt < MaxAge)
        {
            return entry.Stamp;
        }

        var readAt = clock.GetUtcNow();
        var stamp = await load();
        cache.Set(key, new Entry(stamp, readAt), MaxAge);
        return stamp;
    }

    public void Invalidate(Guid? tenantId, Guid userId) => cache.Remove(Key(tenantId, userId));

    private static string Key(Guid? tenantId, Guid userId) => $"stamp:{tenantId}:{userId}";

    private sealed record Entry(string? Stamp, DateTimeOffset ReadAt);
}
