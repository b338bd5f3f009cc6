using System.Globalization;
using System.Text.Json.Nodes;
using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Identity;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.AuditLogging;

/// <summary>
/// Reads the log and names what it refers to: people by their display name (one query per page), entity types by
/// the text <c>EntityType:&lt;class&gt;</c>, entities by their own name (one query per type on the page, through the
/// registered <see cref="IEntityNameSource"/>s; an entity deleted since keeps the name its own change recorded) and
/// properties by <c>EntityProperty:&lt;name&gt;</c> where those texts exist.
/// </summary>
public sealed class AuditLogAppService(
    IEntityChangeLogRepository changeLogs,
    IUserLookup users,
    IEnumerable<IEntityNameSource> nameSources,
    IStringLocalizer localizer) : IAuditLogAppService
{
    public async Task<PagedResultDto<EntityChangeLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var filter = new EntityChangeLogFilter(input.EntityType?.Trim(), input.EntityId?.Trim(), input.UserId, input.From, input.To, input.Filter);
        var total = await changeLogs.GetCountAsync(filter, cancellationToken);
        var page = await changeLogs.GetPagedListAsync(filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        var people = await PeopleAsync(page.Where(l => l.UserId is not null).Select(l => l.UserId!.Value), cancellationToken);
        var sources = nameSources.GroupBy(s => s.EntityType).ToDictionary(g => g.Key, g => g.Last());
        var entityNames = await EntityNamesAsync(page, sources, cancellationToken);
        return new PagedResultDto<EntityChangeLogDto>(total, [.. page.Select(log => ToDto(log, people, entityNames, sources))]);
    }

    public async Task<AuditLogFilterOptionsDto> GetFilterOptionsAsync(CancellationToken cancellationToken = default)
    {
        var logged = await changeLogs.GetPeopleAsync(cancellationToken);
        var names = await PeopleAsync(logged.Select(p => p.UserId), cancellationToken);
        var order = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        List<AuditLogPersonDto> people = [.. logged
            .Select(p => new AuditLogPersonDto(p.UserId, names.GetValueOrDefault(p.UserId) ?? p.UserName ?? p.UserId.ToString(), p.UserName))
            .OrderBy(p => p.DisplayName, order)];
        List<AuditLogEntityTypeDto> types = [.. (await changeLogs.GetEntityTypesAsync(cancellationToken))
            .Select(t => new AuditLogEntityTypeDto(t, TypeName(t)))
            .OrderBy(t => t.DisplayName, order)];
        return new AuditLogFilterOptionsDto(people, types);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> PeopleAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, string>() : await users.GetNamesAsync(ids, cancellationToken);
    }

    /// <summary>(type, id) → name, one query per entity type of the page that has a name source.</summary>
    private async Task<Dictionary<(string Type, string Id), string>> EntityNamesAsync(
        List<EntityChangeLog> page, Dictionary<string, IEntityNameSource> sources, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var type in page.GroupBy(l => l.EntityType))
        {
            if (!sources.TryGetValue(type.Key, out var source))
            {
                continue;
            }

            foreach (var (id, name) in await source.GetNamesAsync([.. type.Select(l => l.EntityId).Distinct()], cancellationToken))
            {
                names[(type.Key, id)] = Named(source, name);
            }
        }

        return names;
    }

    private EntityChangeLogDto ToDto(
        EntityChangeLog log, IReadOnlyDictionary<Guid, string> people, Dictionary<(string, string), string> entityNames, Dictionary<string, IEntityNameSource> sources)
    {
        var changes = ParseChanges(log.Changes);
        return new EntityChangeLogDto(
            log.Id,
            log.EntityType,
            TypeName(log.EntityType),
            log.EntityId,
            entityNames.GetValueOrDefault((log.EntityType, log.EntityId)) ?? RecordedName(log.EntityType, changes, sources),
            log.ChangeType,
            log.ChangeTime,
            log.UserId,
            log.UserName,
            log.UserId is { } userId && people.TryGetValue(userId, out var name) ? name : log.UserName,
            changes);
    }

    /// <summary>A named entity that no longer exists: the name its created or deleted entry recorded.</summary>
    private string? RecordedName(string entityType, List<EntityPropertyChangeDto> changes, Dictionary<string, IEntityNameSource> sources)
    {
        if (!sources.TryGetValue(entityType, out var source))
        {
            return null;
        }

        var recorded = changes.FirstOrDefault(c => c.PropertyName is "Name" or "Title" or "DisplayName");
        return (recorded?.NewValue ?? recorded?.OriginalValue) is { Length: > 0 } name ? Named(source, name) : null;
    }

    private string Named(IEntityNameSource source, string name) => source.NameKeyPrefix is { } prefix ? Text(prefix + name, name) : name;

    private string TypeName(string entityType) => Text("EntityType:" + entityType, entityType);

    private string Text(string key, string fallback)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    /// <summary>The recorder writes [{ "property": "...", "old": "...", "new": "..." }].</summary>
    private List<EntityPropertyChangeDto> ParseChanges(string json) =>
        JsonNode.Parse(json) is JsonArray changes ? [.. changes.OfType<JsonObject>().Select(ToChange)] : [];

    private EntityPropertyChangeDto ToChange(JsonObject change)
    {
        var property = change["property"]?.GetValue<string>() ?? "";
        return new EntityPropertyChangeDto(property, Text("EntityProperty:" + property, property), change["old"]?.GetValue<string>(), change["new"]?.GetValue<string>());
    }
}
