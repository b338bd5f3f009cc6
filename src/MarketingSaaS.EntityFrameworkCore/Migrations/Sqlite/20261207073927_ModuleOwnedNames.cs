using MarketingSaaS.EntityFrameworkCore.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModuleOwnedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "BusinessType",
                table: "ApprovalRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "BusinessType",
                table: "ApprovalPolicies",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            // Hand-written: existing rows get the new names (src/MarketingSaaS.EntityFrameworkCore/Data/ModuleOwnedNamesData.cs).
            ModuleOwnedNamesData.Up(migrationBuilder, postgreSql: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand-written: back to the old names and numbers first.
            ModuleOwnedNamesData.Down(migrationBuilder, postgreSql: false);

            migrationBuilder.AlterColumn<int>(
                name: "BusinessType",
                table: "ApprovalRequests",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<int>(
                name: "BusinessType",
                table: "ApprovalPolicies",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);
        }
    }
}
