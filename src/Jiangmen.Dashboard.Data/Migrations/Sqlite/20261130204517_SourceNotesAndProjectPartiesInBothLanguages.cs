using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceNotesAndProjectPartiesInBothLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Notes",
                table: "Sources",
                newName: "NotesZh");

            migrationBuilder.AddColumn<string>(
                name: "NotesEn",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BeneficiariesEn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvestorEn",
                table: "Projects",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotesEn",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "BeneficiariesEn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "InvestorEn",
                table: "Projects");

            migrationBuilder.RenameColumn(
                name: "NotesZh",
                table: "Sources",
                newName: "Notes");
        }
    }
}
