package vn.chungsuc.plan.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.domain.TaskEditing;
import vn.chungsuc.shared.problem.Refused;

/**
 * The Front's screens to add, edit and remove a programme's tasks: title, lead body and co-operating bodies (from
 * the bodies of the programme's unit), content area, units covered, a deadline or a recurrence, the targets served
 * and the weight in its group's roll-up. A refused form re-renders with every fault and saves nothing; removing asks
 * for confirmation on its own page.
 */
@Controller
@PreAuthorize("@planPermissions.may('task.edit')")
class TaskEditController {

    private final TaskEditing editing;
    private final MessageSource messages;

    TaskEditController(TaskEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/plan/{programmeId}/tasks/new")
    String newTask(@PathVariable long programmeId, @RequestParam(required = false) Long parent, Model model) {
        var choices = editing.choices(programmeId);
        return form(model, choices, null, TaskEditing.TaskForm.blank(choices.programme(), parent), List.of());
    }

    @PostMapping("/plan/{programmeId}/tasks")
    String create(@PathVariable long programmeId, TaskFormParams params, Model model, RedirectAttributes redirect) {
        TaskEditing.TaskForm form = params.form();
        try {
            long id = editing.create(programmeId, form);
            redirect.addFlashAttribute("notice", text("plan.edit.created"));
            return "redirect:/plan/tasks/" + id;
        } catch (Refused refused) {
            return form(model, editing.choices(programmeId), null, form, errors(refused));
        }
    }

    @GetMapping("/plan/tasks/{taskId}/edit")
    String edit(@PathVariable long taskId, Model model) {
        var task = editing.task(taskId);
        return form(model, editing.choices(task.programmeId()), task.id(), TaskEditing.TaskForm.of(task), List.of());
    }

    @PostMapping("/plan/tasks/{taskId}")
    String update(@PathVariable long taskId, TaskFormParams params, Model model, RedirectAttributes redirect) {
        var task = editing.task(taskId);
        TaskEditing.TaskForm form = params.form();
        try {
            editing.update(taskId, form);
            redirect.addFlashAttribute("notice", text("plan.edit.saved"));
            return "redirect:/plan/tasks/" + taskId;
        } catch (Refused refused) {
            return form(model, editing.choices(task.programmeId()), taskId, form, errors(refused));
        }
    }

    @GetMapping("/plan/tasks/{taskId}/delete")
    String confirmDelete(@PathVariable long taskId, Model model) {
        model.addAttribute("removal", editing.removal(taskId));
        return "plan/task-delete";
    }

    @PostMapping("/plan/tasks/{taskId}/delete")
    String delete(@PathVariable long taskId, @RequestParam(defaultValue = "") String confirm, Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return "redirect:/plan/tasks/" + taskId + "/delete";
        }
        try {
            long programme = editing.delete(taskId);
            redirect.addFlashAttribute("notice", text("plan.edit.deleted"));
            return "redirect:/plan/" + programme;
        } catch (Refused refused) {
            model.addAttribute("removal", editing.removal(taskId));
            model.addAttribute("errors", errors(refused));
            return "plan/task-delete";
        }
    }

    /** The form's fields, bound by name. */
    record TaskFormParams(String parent, String number, String title, String leadBody, List<String> cooperating,
            String contentArea, String units, String due, String recurrence, String yearFrom, String yearTo,
            List<String> targets, String weight) {

        TaskEditing.TaskForm form() {
            return new TaskEditing.TaskForm(parent, number, title, leadBody, cooperating, contentArea, units, due,
                    recurrence, yearFrom, yearTo, targets, weight);
        }
    }

    private String form(Model model, TaskEditing.Choices choices, Long taskId, TaskEditing.TaskForm form,
            List<String> errors) {
        model.addAttribute("c", choices);
        model.addAttribute("taskId", taskId);
        model.addAttribute("f", form);
        model.addAttribute("errors", errors);
        model.addAttribute("recurrences", Recurrence.values());
        return "plan/task-form";
    }

    private List<String> errors(Refused refused) {
        Locale locale = LocaleContextHolder.getLocale();
        return refused.reasons().stream().map(r -> r.text(messages, locale)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
