using System.Text.Json.Nodes;
using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Auditing;

namespace MarketingSaaS.AuditLogging;

public sealed class AuditLogAppService(IEntityChangeLogRepository changeLogs) : IAuditLogAppService
{
    public async Task<PagedResultDto<EntityChangeLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var filter = new EntityChangeLogFilter(input.EntityType?.Trim(), input.EntityId?.Trim(), input.UserId, input.From, input.To, input.Filter);
        var total = await changeLogs.GetCountAsync(filter, cancellationToken);
        var page = await changeLogs.GetPagedListAsync(filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<EntityChangeLogDto>(total, [.. page.Select(ToDto)]);
    }

    private static EntityChangeLogDto ToDto(EntityChangeLog log) => new(
        log.Id, log.EntityType, log.EntityId, log.ChangeType, log.ChangeTime, log.UserId, log.UserName, ParseChanges(log.Changes));

    /// <summary>The recorder writes [{ "property": "...", "old": "...", "new": "..." }].</summary>
    private static List<EntityPropertyChangeDto> ParseChanges(string json) =>
        JsonNode.Parse(json) is JsonArray changes
            ? [.. changes.OfType<JsonObject>().Select(c => new EntityPropertyChangeDto(
                c["property"]?.GetValue<string>() ?? "",
                c["old"]?.GetValue<string>(),
                c["new"]?.GetValue<string>()))]
            : [];
}
