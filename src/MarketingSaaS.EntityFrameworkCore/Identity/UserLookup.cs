using System.Globalization;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class UserLookup(IDbContextProvider<PlatformDbContext> contexts) : IUserLookup
{
    public async Task<IReadOnlySet<Guid>> FindExistingAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        return (await context.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<string, Guid>> FindByUserNamesAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var normalized = userNames.Select(n => n.Trim().ToUpperInvariant()).Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        var found = await context.Users.Where(u => normalized.Contains(u.NormalizedUserName!)).Select(u => new { u.NormalizedUserName, u.Id }).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.NormalizedUserName!, u => u.Id, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlySet<string>> FindExistingEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var normalized = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        var found = await context.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        return await context.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.Name;
        var names = await context.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.FamilyName, u.GivenName }).ToListAsync(cancellationToken);
        return names.ToDictionary(u => u.Id, u => PersonNames.Display(u.FamilyName, u.GivenName, culture, u.Name));
    }

    public async Task<IReadOnlyList<UserSummary>> GetActiveListAsync(CancellationToken cancellationToken = default)
    {
        var context = await contexts.GetDbContextAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.Name;
        var rows = await context.Users.Where(u => u.IsActive).Select(u => new { u.Id, u.Name, u.FamilyName, u.GivenName, u.UserName }).ToListAsync(cancellationToken);
        var users = rows.Select(u => new UserSummary(u.Id, PersonNames.Display(u.FamilyName, u.GivenName, culture, u.Name), u.UserName!));
        return [.. users.OrderBy(u => u.Name, StringComparer.CurrentCulture).ThenBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)];
    }
}
