package uk.dap.server.portal.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A front door of web pages: a fault is answered with the Design System's problem page, never a stack trace or JSON. */
abstract class PageServlet extends HttpServlet {
    @Inject
    Pages pages;

    /** Whose pages these are: the problem page is dressed as theirs. */
    abstract PageChrome.Service service();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (RuntimeException fault) {
            pages.fault(request, response, service(), fault);
        }
    }
}
