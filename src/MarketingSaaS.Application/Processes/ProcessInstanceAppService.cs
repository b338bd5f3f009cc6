using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.Permissions;
using MarketingSaaS.ProcessTemplates;

namespace MarketingSaaS.Processes;

public sealed class ProcessInstanceAppService(
    IProcessInstanceRepository instances,
    IProcessTemplateRepository templates,
    ProcessInstanceManager manager,
    ProcessStepApprovals stepApprovals,
    MarketingSaaS.Notifications.ProcessStepAssignmentNotifier stepAssignmentNotifier,
    TenantToday today,
    IUserLookup users,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IProcessInstanceAppService
{
    public async Task<IReadOnlyList<ProcessInstanceDto>> GetListAsync(GetProcessInstanceListInput input, CancellationToken cancellationToken = default)
    {
        var date = await today.GetAsync(cancellationToken);
        return [.. (await instances.GetListWithStepsAsync(input.TemplateId, cancellationToken)).Select(i => ProcessInstanceMapper.ToDto(i, date))];
    }

    public async Task<ProcessInstanceDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ProcessInstanceMapper.ToDto(await GetWithStepsAsync(id, cancellationToken), await today.GetAsync(cancellationToken));

    public async Task<ProcessInstanceDto> StartAsync(StartProcessDto input, CancellationToken cancellationToken = default)
    {
        var template = await templates.FindWithVersionsAsync(input.TemplateId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(ProcessTemplate), input.TemplateId);
        var instance = await manager.StartAsync(template, input.Name, input.StartDate, cancellationToken);
        await stepAssignmentNotifier.NotifyStartedAsync(instance, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessInstanceMapper.ToDto(instance, await today.GetAsync(cancellationToken));
    }

    public async Task<ProcessInstanceDto> ProvideDeliverableAsync(Guid id, Guid stepId, Guid deliverableId, ProvideDeliverableDto input, CancellationToken cancellationToken = default)
    {
        var instance = await GetWithStepsAsync(id, cancellationToken);
        instance.ProvideDeliverable(stepId, deliverableId, input.Note, input.Link, currentUser.Id!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessInstanceMapper.ToDto(instance, await today.GetAsync(cancellationToken));
    }

    public async Task<ProcessInstanceDto> CompleteStepAsync(Guid id, Guid stepId, CancellationToken cancellationToken = default)
    {
        var instance = await GetWithStepsAsync(id, cancellationToken);
        await stepApprovals.CompleteStepAsync(instance, stepId, currentUser.Id!.Value, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessInstanceMapper.ToDto(instance, await today.GetAsync(cancellationToken));
    }

    public async Task<ProcessInstanceDto> ReassignStepAsync(Guid id, Guid stepId, ReassignStepDto input, CancellationToken cancellationToken = default)
    {
        var instance = await GetWithStepsAsync(id, cancellationToken);
        var newUserId = input.UserId!.Value;
        if (!(await users.FindExistingAsync([newUserId], cancellationToken)).Contains(newUserId))
        {
            throw new BusinessException(ProcessErrorCodes.AssigneeNotFound);
        }

        var canManage = await permissions.IsGrantedAsync(MarketingSaaSPermissions.ProcessTemplates.Manage, cancellationToken);
        var step = instance.ReassignStep(stepId, currentUser.Id!.Value, newUserId, canManage);
        await stepAssignmentNotifier.NotifyReassignedAsync(instance, step, newUserId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessInstanceMapper.ToDto(instance, await today.GetAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<MyTaskDto>> GetMyTasksAsync(CancellationToken cancellationToken = default)
    {
        var date = await today.GetAsync(cancellationToken);
        var open = await instances.GetOpenStepsOfAsync(currentUser.Id!.Value, cancellationToken);
        return [.. open.Select(pair => new MyTaskDto(pair.Instance.Id, pair.Instance.Name, pair.Instance.TemplateCode, ProcessInstanceMapper.ToDto(pair.Step, date)))];
    }

    public async Task<IReadOnlyList<AssigneeCandidateDto>> GetAssigneeCandidatesAsync(CancellationToken cancellationToken = default) =>
        [.. (await users.GetActiveListAsync(cancellationToken)).Select(u => new AssigneeCandidateDto(u.Id, u.Name, u.UserName))];

    private async Task<ProcessInstance> GetWithStepsAsync(Guid id, CancellationToken cancellationToken) =>
        await instances.FindWithStepsAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ProcessInstance), id);
}
