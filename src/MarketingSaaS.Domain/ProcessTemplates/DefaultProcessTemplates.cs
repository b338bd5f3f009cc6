using MarketingSaaS.Positions;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>
/// Imports <see cref="DefaultProcessLibrary"/> as published templates, skipping codes the company already has.
/// Responsible positions are matched by name to the org chart (zh-Hans or English name); missing ones stay empty.
/// </summary>
public sealed class DefaultProcessTemplates(IProcessTemplateRepository templates, IPositionRepository positions, ProcessTemplateManager manager)
{
    public async Task<IReadOnlyList<ProcessTemplate>> ImportAsync(bool chinese, CancellationToken cancellationToken = default)
    {
        var existing = (await templates.GetCodesAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var positionIds = (await positions.GetListAsync(_ => true, cancellationToken))
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var created = new List<ProcessTemplate>();
        foreach (var spec in DefaultProcessLibrary.Templates.Where(t => !existing.Contains(t.Code)))
        {
            string T(string zh, string en) => chinese ? zh : en;
            var steps = spec.Steps.Select((s, index) => new ProcessStepDraft(
                T(s.Zh, s.En),
                [.. s.Positions.Select(name => FindPosition(positionIds, name)).OfType<Guid>()],
                [.. s.Deliverables.Select(d => new DeliverableDefinition { Name = T(d.Zh, d.En), IsRequired = d.IsRequired, DocumentTemplateName = d.DocumentTemplate })],
                s.Days,
                s.EndsWithApproval,
                s.Group > 0 ? s.Group : index + 1)).ToList();
            var template = await manager.CreateAsync(spec.Code, T(spec.Zh, spec.En), null, T(spec.CategoryZh, spec.CategoryEn), steps, cancellationToken);
            manager.Publish(template);
            created.Add(template);
        }

        return created;
    }

    private static Guid? FindPosition(Dictionary<string, Guid> positionIds, string zhName) =>
        positionIds.TryGetValue(zhName, out var id) ? id
        : DefaultProcessLibrary.PositionNamesEn.TryGetValue(zhName, out var en) && positionIds.TryGetValue(en, out var enId) ? enId
        : null;
}
