using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Membership.Members;

/// <summary>
/// Authorization is on the endpoints, validation and the transaction come from the host's pipeline. Personal data is
/// masked in every answer and left unchanged by updates unless the caller holds Membership.Members.PersonalData.
/// </summary>
public sealed class MemberAppService(
    IMemberRepository members,
    MemberManager manager,
    IPermissionChecker permissions,
    IUserLookup users,
    IUnitOfWork unitOfWork) : IMemberAppService
{
    public async Task<PagedResultDto<MemberDto>> GetListAsync(GetMemberListInput input, CancellationToken cancellationToken = default)
    {
        var filter = new MemberListFilter(Clean(input.Filter), Clean(input.Tag), input.OwnerId);
        var (total, page) = await members.GetPagedListAsync(filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<MemberDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<MemberDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync([await members.GetAsync(id, cancellationToken)], cancellationToken))[0];

    public async Task<MemberDto> CreateAsync(CreateMemberDto input, CancellationToken cancellationToken = default)
    {
        var member = await manager.CreateAsync(DraftOf(input), PersonalDataOf(input), cancellationToken);
        await members.InsertAsync(member, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(member, cancellationToken);
    }

    public async Task<MemberDto> UpdateAsync(Guid id, UpdateMemberDto input, CancellationToken cancellationToken = default)
    {
        var member = await members.GetAsync(id, cancellationToken);
        await manager.ChangeAsync(member, DraftOf(input), cancellationToken);
        if (await SeesPersonalDataAsync(cancellationToken))
        {
            await manager.ChangePersonalDataAsync(member, PersonalDataOf(input), cancellationToken);
        }

        await members.UpdateAsync(member, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(member, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var member = await members.GetAsync(id, cancellationToken);
        await members.DeleteAsync(member, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<MemberDto> GetDtoAsync(Member member, CancellationToken cancellationToken) =>
        (await ToDtosAsync([member], cancellationToken))[0];

    private Task<bool> SeesPersonalDataAsync(CancellationToken cancellationToken) =>
        permissions.IsGrantedAsync(MembershipPermissions.Members.PersonalData, cancellationToken);

    private async Task<List<MemberDto>> ToDtosAsync(IReadOnlyList<Member> page, CancellationToken cancellationToken)
    {
        var unmasked = await SeesPersonalDataAsync(cancellationToken);
        var owners = await users.GetNamesAsync(page.Where(m => m.OwnerId is not null).Select(m => m.OwnerId!.Value).Distinct(), cancellationToken);
        return [.. page.Select(m =>
        {
            var data = unmasked ? m.PersonalData : PersonalDataMask.Mask(m.PersonalData);
            return new MemberDto(
                m.Id, m.Kind, m.Name, m.Industry, m.Region, m.Size, data.Phone, data.Email, data.Address, data.Birthday, !unmasked,
                [.. m.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)],
                m.OwnerId, m.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null, m.Source, m.Notes, m.CreationTime, m.ConcurrencyStamp);
        })];
    }

    private static MemberDraft DraftOf(MemberInput input)
    {
        var tags = (input.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Any(t => t.Length > MemberConsts.MaxTagLength))
        {
            throw new FieldValidationException(new Dictionary<string, FieldError[]>
            {
                ["tags"] = [new FieldError("Framework:Length", new Dictionary<string, object?> { ["min"] = 1, ["max"] = MemberConsts.MaxTagLength })],
            });
        }

        var company = input.Kind == MemberKind.Company;
        return new MemberDraft(
            input.Kind, input.Name.Trim(), company ? Clean(input.Industry) : null, Clean(input.Region), company ? Clean(input.Size) : null,
            input.OwnerId, Clean(input.Source), Clean(input.Notes), tags);
    }

    private static MemberPersonalData PersonalDataOf(MemberInput input) =>
        new(Clean(input.Phone), Clean(input.Email), Clean(input.Address), input.Birthday);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
