using System.Globalization;
using MarketingSaaS.Framework.Exporting;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Identity.Invitations;
using MarketingSaaS.Positions;
using MarketingSaaS.Settings;
using Microsoft.AspNetCore.Identity;
using F = MarketingSaaS.Identity.Imports.UserImportFormat;

namespace MarketingSaaS.Identity.Imports;

public sealed class UserImportAppService(
    IUserInvitationAppService invitations,
    IRepository<UserInvitation, Guid> invitationRepository,
    IUserLookup users,
    IAppRoleRepository roles,
    IPositionRepository positions,
    UserCountLimit userCountLimit,
    UserManager<AppUser> userManager) : IUserImportAppService
{
    public async Task<UserImportResultDto> ImportAsync(byte[] file, bool dryRun, CancellationToken cancellationToken = default)
    {
        var rows = UserImportFileReader.Read(file);
        var context = await ContextAsync(rows, cancellationToken);
        var errors = new UserImportValidator(context).Validate(rows);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        await userCountLimit.CheckAsync(rows.Count, cancellationToken);
        var defaultCulture = SettingValueValidator.SupportedCultureOf(CultureInfo.CurrentUICulture.Name) ?? "zh-Hans";
        var preview = rows.Select(r => ToDto(r, context, defaultCulture)).ToList();
        if (!dryRun)
        {
            foreach (var row in preview)
            {
                await invitations.InviteAsync(new InviteUserDto
                {
                    FamilyName = row.FamilyName,
                    GivenName = row.GivenName,
                    Email = row.Email,
                    RoleNames = [.. row.RoleNames],
                    Culture = row.Culture,
                    UserName = row.UserName,
                    PositionId = row.Position is null ? null : context.PositionIds[row.Position],
                }, cancellationToken);
            }
        }

        return new UserImportResultDto(dryRun, dryRun ? 0 : preview.Count, preview);
    }

    public byte[] GetTemplate() => SpreadsheetCsv.Write(
        [.. F.Columns],
        [["lina", "li.na@example.com", "李", "娜", "staff", "", "zh-Hans"]]);

    private async Task<UserImportContext> ContextAsync(IReadOnlyList<UserImportRow> rows, CancellationToken cancellationToken)
    {
        var userNames = await users.FindByUserNamesAsync(rows.Select(r => r[F.UserName]).Where(n => n.Length > 0), cancellationToken);
        var emails = await users.FindExistingEmailsAsync(rows.Select(r => r[F.Email]).Where(e => e.Length > 0), cancellationToken);
        var pending = (await invitationRepository.GetListAsync(i => i.Status == UserInvitationStatus.Pending, cancellationToken)).Select(i => i.Email);
        var roleNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in await roles.GetListAsync(cancellationToken))
        {
            roleNames.TryAdd(role.Name!, role.Name!);
        }

        var positionIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var position in await positions.GetListAsync(_ => true, cancellationToken))
        {
            positionIds.TryAdd(position.Name, position.Id);
        }

        return new UserImportContext(
            userNames.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            emails,
            pending.ToHashSet(StringComparer.OrdinalIgnoreCase),
            roleNames,
            positionIds,
            userManager.Options.User.AllowedUserNameCharacters);
    }

    private static UserImportRowDto ToDto(UserImportRow row, UserImportContext context, string defaultCulture)
    {
        var position = row[F.Position];
        var language = row[F.Language];
        return new UserImportRowDto(
            row.Line,
            row[F.UserName],
            row[F.Email],
            row[F.FamilyName],
            row[F.GivenName],
            [.. UserImportValidator.RoleNamesOf(row).Select(r => context.RoleNames[r])],
            position.Length == 0 ? null : position,
            F.CultureOf(language) ?? defaultCulture);
    }
}
