using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Processes;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Processes;

internal sealed class ProcessInstanceRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, ProcessInstance, Guid>(contextProvider), IProcessInstanceRepository
{
    public async Task<ProcessInstance?> FindWithStepsAsync(Guid id, CancellationToken cancellationToken = default) =>
        await WithSteps(await GetQueryableAsync(cancellationToken)).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<List<ProcessInstance>> GetListWithStepsAsync(Guid? templateId = null, CancellationToken cancellationToken = default)
    {
        var query = WithSteps(await GetQueryableAsync(cancellationToken));
        if (templateId is { } id)
        {
            query = query.Where(i => i.TemplateId == id);
        }

        return await query.OrderByDescending(i => i.StartDate).ThenBy(i => i.Name).ToListAsync(cancellationToken);
    }

    public async Task<List<(ProcessInstance Instance, ProcessStep Step)>> GetUnnotifiedOverdueStepsAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var instances = await WithSteps(await GetQueryableAsync(cancellationToken))
            .Where(i => i.Steps.Any(s => s.CompletedTime == null && s.OverdueNotifiedAt == null && s.DueDate < today))
            .ToListAsync(cancellationToken);
        return [.. instances.SelectMany(i => i.Steps.Where(s => s.IsOverdue(today) && s.OverdueNotifiedAt is null).Select(s => (i, s)))];
    }

    public async Task<List<(ProcessInstance Instance, ProcessStep Step)>> GetOpenStepsOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var instances = await WithSteps(await GetQueryableAsync(cancellationToken))
            .Where(i => i.Steps.Any(s => s.CompletedTime == null && s.AssigneeUserIds.Contains(userId)))
            .ToListAsync(cancellationToken);
        return [.. instances
            .SelectMany(i => i.Steps.Where(s => !s.IsCompleted && s.AssigneeUserIds.Contains(userId)).Select(s => (i, s)))
            .OrderBy(pair => pair.s.DueDate).ThenBy(pair => pair.i.Name).ThenBy(pair => pair.s.Order)];
    }

    private static IQueryable<ProcessInstance> WithSteps(IQueryable<ProcessInstance> query) =>
        query.Include(i => i.Steps).ThenInclude(s => s.Deliverables).AsSplitQuery();
}
