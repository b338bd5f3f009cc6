using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Positions;

public sealed class PositionAppService(
    IPositionRepository positions,
    PositionManager manager,
    IUserLookup users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IPositionAppService
{
    public async Task<IReadOnlyList<PositionDto>> GetListAsync(GetPositionListInput input, CancellationToken cancellationToken = default)
    {
        var list = await positions.GetListWithDetailsAsync(input.OrganizationUnitId, input.HolderUserId, cancellationToken);
        var names = await users.GetNamesAsync(list.SelectMany(p => p.Holders.Select(h => h.UserId)), cancellationToken);
        return [.. list.Select(p => ToDto(p, names))];
    }

    public async Task<PositionDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await GetWithDetailsAsync(id, cancellationToken), cancellationToken);

    public async Task<PositionDto> CreateAsync(CreatePositionDto input, CancellationToken cancellationToken = default)
    {
        var position = await manager.CreateAsync(input.Name, input.Duties, cancellationToken);
        await ApplyLinksAsync(position, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(position, cancellationToken);
    }

    public async Task<PositionDto> UpdateAsync(Guid id, UpdatePositionDto input, CancellationToken cancellationToken = default)
    {
        var position = await GetWithDetailsAsync(id, cancellationToken);
        await manager.RenameAsync(position, input.Name, cancellationToken);
        position.SetDuties(input.Duties);
        await ApplyLinksAsync(position, input, cancellationToken);
        await positions.UpdateAsync(position, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(position, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await positions.DeleteAsync(await positions.GetAsync(id, cancellationToken), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyLinksAsync(Position position, CreatePositionDto input, CancellationToken cancellationToken)
    {
        await manager.SetUnitsAsync(position, input.OrganizationUnitIds, cancellationToken);
        await manager.SetHoldersAsync(position, input.HolderUserIds, currentUser.Id!.Value, cancellationToken);
        await manager.SetCollaboratorsAsync(position, input.CollaboratorPositionIds, cancellationToken);
    }

    private async Task<Position> GetWithDetailsAsync(Guid id, CancellationToken cancellationToken) =>
        await positions.FindWithDetailsAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Position), id);

    private async Task<PositionDto> ToDtoAsync(Position position, CancellationToken cancellationToken) =>
        ToDto(position, await users.GetNamesAsync(position.Holders.Select(h => h.UserId), cancellationToken));

    private static PositionDto ToDto(Position position, IReadOnlyDictionary<Guid, string> names) => new(
        position.Id,
        position.Name,
        position.Duties,
        [.. position.Units.Select(u => u.OrganizationUnitId)],
        [.. position.Holders.Select(h => new PositionHolderDto(h.UserId, names.GetValueOrDefault(h.UserId, "")))],
        [.. position.Collaborators.Select(c => c.CollaboratorPositionId)],
        position.IsVacant,
        position.ConcurrencyStamp);
}
